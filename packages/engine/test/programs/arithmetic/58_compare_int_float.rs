// Mistake: comparing an integer with a float literal.

fn main() {
    let votes_for: u32 = 612;
    let votes_total: u32 = 1000;
    let share = votes_for * 100 / votes_total;
    if share > 50.0 {
        println!("motion passes with {}%", share);
    } else {
        println!("motion fails with {}%", share);
    }
}
