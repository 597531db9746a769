// Exercise: checking for null is not enough to skip `unsafe`.
fn first_or_zero(p: *const u8) -> u8 {
    if p.is_null() {
        0
    } else {
        *p
    }
}

fn main() {
    let b = 9u8;
    println!("{}", first_or_zero(&b));
}
