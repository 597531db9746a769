// functions2/3: parameters must have types, and callers pass arguments.
fn call_me(num: u8) {
    for i in 0..num {
        println!("Ring! Call number {}", i + 1);
    }
}

fn print_labeled(label: &str, value: f64) {
    println!("{label}: {value:.2}");
}

fn main() {
    call_me(3);
    print_labeled("Pi", 3.14159);
    print_labeled("Euler", 2.71828);
}
