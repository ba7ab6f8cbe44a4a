// Writes docs/samples/points-import-sample.xlsx, a small valid import file staff can copy from, and the copy the
// admin offers for download (apps/admin/public/samples).
// Run once after changing the columns: node scripts/make-import-sample.mjs
// Imported on the demo data (README), the first and fourth rows are places the demo has (same kind, name and spot:
// the import updates them, see docs/architecture.md, "the same place"); the others are places of their own, away
// from every demo point, so that a rider never sees one place twice.
import ExcelJS from 'exceljs';

const rows = [
  [
    '外部编号',
    '类型',
    '名称',
    '地址',
    '行政区划代码',
    '经度',
    '纬度',
    '坐标系',
    '设施',
    '开放对象',
    '营业时间',
    '特殊日期',
    '联系电话',
    '简介',
    '状态',
  ],
  [
    'KS-101',
    '驿站',
    '喀什古城暖心驿站',
    '喀什市吾斯塘博依路 12 号',
    '653101',
    75.9897,
    39.4704,
    'WGS84',
    '热水、微波炉、手机充电、休息座椅、卫生间、取暖',
    '劳动者专用',
    '24小时',
    '',
    '0998-2822001',
    '古城景区旁，可加热饭菜、给手机充电，冬季有暖气',
    '已发布',
  ],
  [
    'KS-102',
    '充电点',
    '人民广场电动车充电站',
    '喀什市人民东路 25 号',
    '653101',
    75.9962,
    39.4679,
    'WGS84',
    '电动车充电、换电',
    '对公众开放',
    '每天 07:00-23:00',
    '',
    '',
    '',
    '已发布',
  ],
  [
    'KS-103',
    '爱心餐厅',
    '东城爱心餐厅',
    '喀什市东城路 120 号',
    '653101',
    76.0093,
    39.4695,
    'WGS84',
    '热水、微波炉、卫生间',
    '对公众开放',
    '每天 10:00-14:00,17:00-21:00',
    '2027-02-17 闭馆 春节；2027-02-18 10:00-14:00 春节缩短营业',
    '0998-2822003',
    '骑手出示工牌享优惠',
    '已发布',
  ],
  [
    'KS-104',
    '公厕',
    '东湖公园北门公厕',
    '喀什市东湖公园北门',
    '653101',
    76.0012,
    39.4721,
    'WGS84',
    '卫生间',
    '对公众开放',
    '每天 06:00-22:00',
    '',
    '',
    '',
    '已发布',
  ],
  [
    'KS-105',
    '读书角',
    '供电营业厅读书角',
    '喀什市解放北路 8 号',
    '653101',
    75.9866,
    39.4731,
    'WGS84',
    '图书、热水、手机充电、无线网络',
    '对公众开放',
    '周一至周五 09:00-18:00；周六 10:00-16:00',
    '',
    '',
    '营业厅内，带空调',
    '已发布',
  ],
];
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('服务点');
for (const row of rows) sheet.addRow(row);
sheet.columns.forEach((c, i) => (c.width = [10, 8, 22, 28, 12, 10, 10, 8, 30, 12, 34, 40, 14, 24, 8][i]));
for (const path of ['../docs/samples/points-import-sample.xlsx', '../apps/admin/public/samples/points-import-sample.xlsx']) {
  await workbook.xlsx.writeFile(new URL(path, import.meta.url).pathname);
  console.log(`wrote ${path.slice(3)}`);
}
