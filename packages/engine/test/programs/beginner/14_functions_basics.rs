fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn is_even(n: i32) -> bool {
    n % 2 == 0
}

fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn print_labeled(label: &str, value: i32) {
    println!("{}: {}", label, value);
}

fn abs_diff(a: i32, b: i32) -> i32 {
    if a > b {
        return a - b;
    }
    b - a
}

fn main() {
    print_labeled("sum", add(17, 25));
    print_labeled("diff", abs_diff(3, 11));
    for n in [4, 7, 10] {
        println!("{} even? {}", n, is_even(n));
    }
    for c in [-40.0, 0.0, 37.0, 100.0] {
        println!("{:>6.1}C = {:>6.1}F", c, celsius_to_fahrenheit(c));
    }
}
