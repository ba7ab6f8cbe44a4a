export { AREA_TOLERANCE_M, districtAt, placeInArea, type LngLat, type Placement } from './containment.js';
export { areaOutline, outlinesInView, type Crs, type MultiPolygonCoordinates, type Outline } from './outlines.js';
export { tableSource } from './districts.js';
