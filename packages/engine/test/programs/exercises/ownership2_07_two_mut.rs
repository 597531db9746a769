// Exam question: which line fails, and why?
fn deposit(account: &mut Vec<i32>, amount: i32) {
    account.push(amount);
}

fn balance(account: &[i32]) -> i32 {
    account.iter().sum()
}

fn main() {
    let mut history = vec![100, 200];
    deposit(&mut history, 50);
    println!("balance {}", balance(&history));
    let a = &mut history;
    let b = &mut history;
    a.push(300);
    b.push(400);
    println!("{:?}", history);
    let total = balance(&history);
    println!("final balance {}", total);
    println!("{} transactions", history.len());
}
