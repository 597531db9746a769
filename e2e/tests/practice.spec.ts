// Practice alone: from the landing page, a concept, five questions with
// immediate feedback, progress that survives reloads, a score at the end.
import { expect, test, type Page } from '@playwright/test';

/** Answers the question on screen with its first option (or gives up a fix) and checks it. */
async function answerCurrent(page: Page): Promise<void> {
  const card = page.getByTestId('quiz-card');
  await expect(card).toHaveAttribute('data-kind', /choice|multi|fix|compiles/);
  if ((await card.getAttribute('data-kind')) === 'fix') {
    await page.getByTestId('practice-give-up').click();
    return;
  }
  await page.getByTestId('quiz-option').first().click();
  await page.getByTestId('quiz-submit').click();
}

test('practice a concept alone: feedback, reloads, score', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByTestId('practice-link').click();
  await expect(page).toHaveURL(/\/practice$/);
  await page.getByTestId('practice-concept').selectOption('move');
  await page.getByTestId('practice-start').click();
  await expect(page.getByTestId('practice-progress')).toContainText('Question 1 of 5');

  // A pick made before a reload is still there after it, on the same question.
  const card = page.getByTestId('quiz-card');
  await expect(card).toHaveAttribute('data-kind', /choice|multi|fix|compiles/);
  const title = await page.locator('#practice-title').textContent();
  if ((await card.getAttribute('data-kind')) !== 'fix') {
    await page.getByTestId('quiz-option').first().click();
    await page.reload();
    await expect(page.locator('#practice-title')).toHaveText(title!);
    await expect(page.getByTestId('quiz-option').first().locator('input')).toBeChecked();
  }

  for (let i = 1; i <= 5; i++) {
    await expect(page.getByTestId('practice-progress')).toContainText(`Question ${i} of 5`);
    await answerCurrent(page);
    await expect(page.getByTestId('quiz-verdict')).toBeVisible();
    await expect(page.getByTestId('quiz-explanation')).not.toBeEmpty();
    if (i === 2) {
      // Checked answers survive a reload with their feedback.
      const verdict = await page.getByTestId('quiz-verdict').getAttribute('data-verdict');
      await page.reload();
      await expect(page.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', verdict!);
    }
    await page.getByTestId('practice-next').click();
  }
  await expect(page.getByTestId('practice-score')).toHaveText(/^\d(\.\d)? \/ 5$/);
  await expect(page.getByTestId('practice-result')).toHaveCount(5);
  await page.reload();
  await expect(page.getByTestId('practice-score')).toBeVisible();
  await page.getByTestId('practice-restart').click();
  await expect(page.getByTestId('practice-start')).toBeVisible();
});
