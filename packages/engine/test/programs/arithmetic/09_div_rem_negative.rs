// Integer division truncates toward zero; % takes the sign of the dividend.
fn main() {
    let cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (1, 3), (-1, 3)];
    println!("{:>4} {:>4} {:>4} {:>4}", "a", "b", "a/b", "a%b");
    for (a, b) in cases {
        println!("{:>4} {:>4} {:>4} {:>4}", a, b, a / b, a % b);
    }
    // Careful: checking for odd numbers with % 2 == 1 fails for negatives.
    for n in [-3, -2, 3, 4] {
        println!("{}: n % 2 == 1 -> {}, n % 2 != 0 -> {}", n, n % 2 == 1, n % 2 != 0);
    }
    let total_minutes = 135;
    println!("{}h {}min", total_minutes / 60, total_minutes % 60);

    let f = -7.5_f64 % 2.0;
    println!("-7.5 % 2.0 = {}", f);
}
