// unreachable! with no message.
fn sign_name(n: i32) -> &'static str {
    if n > 0 {
        "positive"
    } else if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        unreachable!()
    }
}

fn first_even(v: &[u32]) -> u32 {
    for &x in v {
        if x % 2 == 0 {
            return x;
        }
    }
    unreachable!()
}

fn main() {
    println!("{}", sign_name(-4));
    println!("{}", sign_name(0));
    println!("{}", first_even(&[3, 5, 8]));
    println!("{}", first_even(&[1, 3]));
}
