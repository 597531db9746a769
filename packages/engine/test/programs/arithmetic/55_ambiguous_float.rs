// Mistake: the compiler does not know which float type `radius` is.

fn main() {
    let radius = 2.5;
    let area = 3.14159 * radius.powi(2);
    println!("area = {:.2}", area);
}
