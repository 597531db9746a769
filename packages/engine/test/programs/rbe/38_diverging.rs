// Diverging functions return `!`; expressions like `continue` and `panic!` fit any type.
fn sum_odd_numbers(up_to: u32) -> u32 {
    let mut acc = 0;
    for i in 0..up_to {
        let addition: u32 = match i % 2 == 1 {
            true => i,
            false => continue,
        };
        acc += addition;
    }
    acc
}

fn fail(reason: &str) -> ! {
    panic!("giving up: {}", reason)
}

fn checked_div(a: i32, b: i32) -> i32 {
    if b == 0 {
        fail("division by zero");
    }
    a / b
}

fn main() {
    println!("Sum of odd numbers up to 9 (excluding): {}", sum_odd_numbers(9));
    println!("10 / 3 = {}", checked_div(10, 3));
    let label: &str = match checked_div(9, 3) {
        3 => "three",
        _ => unreachable!(),
    };
    println!("{}", label);
    println!("about to divide by zero");
    let r = checked_div(1, 0);
    println!("unreachable {}", r);
}
