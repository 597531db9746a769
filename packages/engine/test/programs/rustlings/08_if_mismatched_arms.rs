// if2: both branches of an `if` used as a value must have the same type.
fn foo_if_fizz(fizzish: &str) -> &str {
    if fizzish == "fizz" {
        "foo"
    } else {
        1
    }
}

fn main() {
    println!("{}", foo_if_fizz("fizz"));
}
