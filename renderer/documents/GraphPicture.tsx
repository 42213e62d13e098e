/** The small SVG picture of a graph on a gallery card (decorative: the card's text says what it is). */
import { NODE_HEIGHT, type Picture } from './graphPicture.ts';

/** Draws `picture`, scaled to fit its box. */
export function GraphPicture({ picture }: { picture: Picture }) {
  return (
    <svg className="graph-picture" viewBox={picture.viewBox} preserveAspectRatio="xMidYMid meet" aria-hidden focusable="false">
      <g className="graph-picture__edges">
        {picture.edges.map((d, i) => (
          <path key={i} d={d} />
        ))}
      </g>
      {picture.nodes.map((n) => (
        <rect key={n.id} className="graph-picture__node" data-category={n.category} x={n.x} y={n.y} width={n.width} height={NODE_HEIGHT} rx={10} />
      ))}
    </svg>
  );
}
