import type { CreatePointBody } from '@yilu/shared';

type DemoPoint = Omit<CreatePointBody, 'crs' | 'status' | 'photos' | 'amenities' | 'access' | 'hours'> &
  Partial<Pick<CreatePointBody, 'amenities' | 'access' | 'hours'>>;

const H24 = { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] };
const daily = (open: string, close: string) => ({
  timezone: 'Asia/Shanghai',
  alwaysOpen: false,
  weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ open, close }] }],
  exceptions: [],
});
const weekdays = (open: string, close: string) => ({
  timezone: 'Asia/Shanghai',
  alwaysOpen: false,
  weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ open, close }] }],
  exceptions: [],
});

/**
 * Places named in the source reports (shared/seeds, DOMAIN.md) with believable neighbours: Kashgar's 暖心驿站 and
 * public chargers, Urumqi Midong and Changji training sites, Kunshan's 南星绿能e站, Suzhou's reading corners at power
 * company halls, Hangzhou rider stations, Guiyang's 劳动者驿站 and Zepu. Coordinates are WGS-84 and approximate.
 */
export const demoPoints: DemoPoint[] = [
  { externalId: 'demo-ks-1', kind: 'rest_station', name: '喀什古城暖心驿站', address: '喀什市吾斯塘博依路 12 号', areaCode: '653101', location: { lng: 75.9897, lat: 39.4704 }, amenities: ['hot_water', 'microwave', 'phone_charging', 'seats', 'toilet', 'heating'], access: 'workers', hours: H24, contact: '0998-2822001', description: '古城景区旁的小哥驿站，可加热饭菜、给手机充电，冬季有暖气。' },
  { externalId: 'demo-ks-2', kind: 'rest_station', name: '喀什人民广场小哥驿站', address: '喀什市人民东路 1 号', areaCode: '653101', location: { lng: 75.9935, lat: 39.4677 }, amenities: ['hot_water', 'drinking_water', 'phone_charging', 'ebike_charging', 'seats', 'first_aid'], access: 'workers', hours: daily('07:00', '23:00') },
  { externalId: 'demo-ks-3', kind: 'charging', name: '喀什东城电动车充电站', address: '喀什市东城路 66 号', areaCode: '653101', location: { lng: 76.0051, lat: 39.4688 }, amenities: ['ebike_charging', 'battery_swap'], access: 'public', hours: H24 },
  { externalId: 'demo-ks-4', kind: 'charging', name: '喀什西域大道公共充电站', address: '喀什市西域大道 188 号', areaCode: '653101', location: { lng: 75.9702, lat: 39.4588 }, amenities: ['ev_fast_charging', 'toilet', 'seats'], access: 'public', hours: H24 },
  { externalId: 'demo-ks-5', kind: 'toilet', name: '东湖公园北门公厕', address: '喀什市东湖公园北门', areaCode: '653101', location: { lng: 76.0012, lat: 39.4721 }, amenities: ['toilet'], access: 'public', hours: daily('06:00', '22:00') },
  { externalId: 'demo-ks-6', kind: 'canteen', name: '喀什爱心餐厅（解放北路店）', address: '喀什市解放北路 30 号', areaCode: '653101', location: { lng: 75.9861, lat: 39.4762 }, amenities: ['hot_water', 'microwave', 'toilet', 'seats'], access: 'public', hours: { timezone: 'Asia/Shanghai', alwaysOpen: false, weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ open: '10:00', close: '14:00' }, { open: '17:00', close: '21:00' }] }], exceptions: [] }, description: '骑手、快递员出示工牌就餐享优惠。' },
  { externalId: 'demo-zp-1', kind: 'rest_station', name: '泽普县城小哥驿站', address: '泽普县团结东路 9 号', areaCode: '653124', location: { lng: 77.2738, lat: 38.1906 }, amenities: ['hot_water', 'phone_charging', 'seats', 'books'], access: 'workers', hours: daily('08:00', '22:00'), description: '社区心愿栏就在驿站门口。' },
  { externalId: 'demo-md-1', kind: 'training_site', name: '米东区职业技能培训学校', address: '乌鲁木齐市米东区米东南路 55 号', areaCode: '650109', location: { lng: 87.6543, lat: 43.9642 }, amenities: ['hot_water', 'toilet', 'wifi', 'seats'], access: 'public', hours: weekdays('09:00', '18:00'), description: '“一培双证”低压电工、叉车、装载机培训。' },
  { externalId: 'demo-md-2', kind: 'rest_station', name: '米东区古城社区劳动者驿站', address: '乌鲁木齐市米东区古城社区', areaCode: '650109', location: { lng: 87.6891, lat: 43.9588 }, amenities: ['hot_water', 'microwave', 'phone_charging', 'toilet', 'heating'], access: 'workers', hours: H24 },
  { externalId: 'demo-cj-1', kind: 'training_site', name: '昌吉市技能实训基地', address: '昌吉市北京南路 120 号', areaCode: '652301', location: { lng: 87.3046, lat: 44.0117 }, amenities: ['toilet', 'wifi', 'seats'], access: 'public', hours: weekdays('08:30', '18:00') },
  { externalId: 'demo-jm-1', kind: 'training_site', name: '吉木萨尔县技工学校', address: '吉木萨尔县文化西路 8 号', areaCode: '652327', location: { lng: 89.1805, lat: 44.0007 }, amenities: ['toilet', 'seats'], access: 'public', hours: weekdays('09:00', '18:00'), description: '叉车驾驶员“家门口”培训班。' },
  { externalId: 'demo-cj-2', kind: 'charging', name: '昌吉延安路充电站', address: '昌吉市延安北路 36 号', areaCode: '652301', location: { lng: 87.2996, lat: 44.0271 }, amenities: ['ev_fast_charging', 'ebike_charging', 'toilet'], access: 'public', hours: H24 },
  { externalId: 'demo-kssz-1', kind: 'charging', name: '昆山南星绿能e站', address: '昆山市前进东路 579 号', areaCode: '320583', location: { lng: 120.9949, lat: 31.3862 }, amenities: ['ev_fast_charging', 'microwave', 'hot_water', 'drinking_water', 'books', 'seats', 'toilet', 'wifi'], access: 'public', hours: H24, description: '快充、热饭、冷热水，还有阅读观影区。' },
  { externalId: 'demo-sz-1', kind: 'reading_corner', name: '姑苏供电营业厅读书角', address: '苏州市姑苏区人民路 1758 号', areaCode: '320508', location: { lng: 120.6226, lat: 31.3117 }, amenities: ['books', 'hot_water', 'phone_charging', 'wifi', 'cooling', 'heating'], access: 'public', hours: { timezone: 'Asia/Shanghai', alwaysOpen: false, weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ open: '09:00', close: '18:00' }] }, { days: [6], ranges: [{ open: '10:00', close: '16:00' }] }], exceptions: [] } },
  { externalId: 'demo-sz-2', kind: 'reading_corner', name: '吴中充电站读书角', address: '苏州市吴中区东吴北路 98 号', areaCode: '320506', location: { lng: 120.6312, lat: 31.2712 }, amenities: ['books', 'ev_fast_charging', 'seats'], access: 'public', hours: daily('08:00', '22:00') },
  { externalId: 'demo-hz-1', kind: 'rest_station', name: '杭州武林骑手驿站', address: '杭州市拱墅区体育场路 178 号', areaCode: '330105', location: { lng: 120.1636, lat: 30.2751 }, amenities: ['hot_water', 'microwave', 'phone_charging', 'ebike_charging', 'repair_tools', 'seats', 'toilet'], access: 'workers', hours: H24 },
  { externalId: 'demo-hz-2', kind: 'training_site', name: '杭州骑手成长学院（上城站点）', address: '杭州市上城区解放路 100 号', areaCode: '330102', location: { lng: 120.1751, lat: 30.2573 }, amenities: ['wifi', 'seats', 'toilet'], access: 'workers', hours: weekdays('09:00', '21:00'), description: '入职第一课、成长进阶课、学历继续教育。' },
  { externalId: 'demo-gy-1', kind: 'rest_station', name: '贵阳云岩劳动者驿站', address: '贵阳市云岩区中华北路 200 号', areaCode: '520103', location: { lng: 106.7136, lat: 26.5833 }, amenities: ['microwave', 'hot_water', 'phone_charging', 'seats', 'toilet'], access: 'public', hours: daily('07:00', '22:00'), description: '配有微波炉和电热水壶。' },
  { externalId: 'demo-gy-2', kind: 'toilet', name: '贵阳喷水池公厕', address: '贵阳市云岩区中华中路', areaCode: '520103', location: { lng: 106.7119, lat: 26.5786 }, amenities: ['toilet'], access: 'public', hours: H24 },
];
