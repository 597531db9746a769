// Quiz: Option<i8> and i8 are different types.
fn main() {
    let base: i8 = 5;
    let bonus: Option<i8> = Some(5);
    let total = base + bonus;
    println!("total: {total}");
}
