// Quiz: notify requires Summary, but Invoice never implemented it.
trait Summary {
    fn summarize(&self) -> String;
}

struct Newsletter {
    issue: u32,
}

struct Invoice {
    amount: u32,
}

impl Summary for Newsletter {
    fn summarize(&self) -> String {
        format!("Newsletter #{}", self.issue)
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let letter = Newsletter { issue: 12 };
    notify(&letter);
    let bill = Invoice { amount: 300 };
    println!("invoice total {}", bill.amount);
    notify(&bill);
}
