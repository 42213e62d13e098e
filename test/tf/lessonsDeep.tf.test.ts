/** Lesson 8's ten-layer XOR nets (sigmoid and ReLU) imported into Flowboard end where TensorFlow ends (see lessonCheck.ts). */
import { describeLessons } from './lessonCheck.ts';

describeLessons(['lesson08_vanishing_relu.py', 'lesson08_vanishing_sigmoid.py']);
