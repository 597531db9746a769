// The shared editor of a student who has just joined while the teacher types:
// every keystroke must reach the student's editor, including those that
// arrive while the editor is being made.
import { expect, test, type Page } from '@playwright/test';
import { editorText, startLesson } from './support';

const LINE = 'fn main() { let greeting = String::from("hello, class"); println!("{}", greeting); }';

test('the teacher types right after a student joins: the student sees all of it', async ({ browser }) => {
  test.setTimeout(120_000);
  const { teacher, code } = await startLesson(browser);
  await teacher.getByTestId('editor').locator('.cm-content').click();

  // Several students, each joining while the teacher is typing: the keystrokes land while their pages open.
  const students: Page[] = [];
  for (let i = 0; i < 3; i++) {
    const student = await (await browser.newContext()).newPage();
    await student.goto('/join');
    await student.getByTestId('join-code-input').fill(code);
    await student.getByTestId('nickname-input').fill(`Late ${i + 1}`);
    const typing = (async () => {
      for (const ch of ` ${i}`.repeat(2) + (i === 2 ? LINE : '')) await teacher.keyboard.type(ch);
    })();
    await student.getByTestId('join-submit').click();
    // Keep typing while the student view opens and makes its editor.
    for (let k = 0; k < 15; k++) await teacher.keyboard.type('x');
    await typing;
    students.push(student);
  }
  await teacher.keyboard.type(' // end');
  const typed = await editorText(teacher);
  expect(typed).toContain('// end');
  for (const s of students) await expect.poll(() => editorText(s), { timeout: 20_000 }).toBe(typed);
});
