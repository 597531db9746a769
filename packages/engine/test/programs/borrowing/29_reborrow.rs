// Passing the same &mut to several functions works thanks to implicit reborrowing.
fn add_tax(total: &mut f64) {
    *total *= 1.08;
}

fn add_tip(total: &mut f64, percent: f64) {
    *total += *total * percent / 100.0;
}

fn round_cents(total: &mut f64) {
    *total = (*total * 100.0).round() / 100.0;
}

fn checkout(bill: &mut f64) {
    add_tax(bill);      // reborrow: &mut *bill
    add_tip(bill, 15.0);
    round_cents(bill);
    println!("inside checkout: {}", bill);
}

fn main() {
    let mut bill = 42.50;
    let r = &mut bill;
    checkout(r);
    checkout(&mut *r);
    *r += 1.0;
    println!("final bill: {:.2}", bill);
}
