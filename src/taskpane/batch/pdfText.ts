import { refusal } from "../../core/refusal";
import type { Refusal } from "../../core/refusal";

/** A PDF's text in the batch worker. Not yet: the pane says where a PDF can be checked. */
export async function pdfText(_content: Uint8Array): Promise<{ text: string } | Refusal> {
  return refusal("任务窗格暂不能读取PDF：请用命令行 xxgk check 检查，或把PDF中的文字复制保存为 .txt 后再选。", "PDF files are read by the command line");
}
