/**
 * The MNIST lessons of the course (../shared/reference/course.md, lessons
 * 10-16) and the test accuracy the course reported for each, which Flowboard
 * must match or beat.
 */
export interface CourseSample {
  /** File name in samples/ without `.flow.json`. */
  name: string;
  lesson: number;
  courseAccuracy: number;
}

export const COURSE_SAMPLES: readonly CourseSample[] = [
  { name: 'mnist-softmax', lesson: 10, courseAccuracy: 0.9035 },
  { name: 'mnist-nn', lesson: 11, courseAccuracy: 0.9455 },
  { name: 'mnist-xavier', lesson: 12, courseAccuracy: 0.9779 },
  { name: 'mnist-deep', lesson: 13, courseAccuracy: 0.9742 },
  { name: 'mnist-dropout', lesson: 14, courseAccuracy: 0.9804 },
  { name: 'mnist-cnn', lesson: 15, courseAccuracy: 0.9885 },
  { name: 'mnist-deep-cnn', lesson: 16, courseAccuracy: 0.9938 },
];

/** The sample's file, from the repository root. */
export function samplePath(name: string): string {
  return new URL(`../samples/${name}.flow.json`, import.meta.url).pathname;
}
