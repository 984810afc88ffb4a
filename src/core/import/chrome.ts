/**
 * Lines a web page (or text copied from one) has around the report: date and source, font size, print and close,
 * the site's footer. Short lines only; a sentence of the report never starts like this.
 */
const PAGE_CHROME =
  /^[【[(（\s]*(?:打印本?页|关闭(?:本页|窗口)?|返回顶部|分享到?|收藏本?页|扫一扫|字[体号][:：]?\s*[大中小]|(?:发布|更新|成文)(?:日期|时间)[:：]|(?:信息)?来源[:：]|浏览(?:次数|量)[:：]|访问(?:次数|量)[:：]|(?:主办|承办|协办)(?:单位)?[:：]|版权所有|Copyright|网站标识码|网站地图|技术支持[:：]|.{0,20}ICP备|.{0,20}公网安备)/i;

export function isPageChrome(line: string): boolean {
  return line.length <= 150 && PAGE_CHROME.test(line);
}
