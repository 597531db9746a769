struct Celsius(f64);
impl From<f64> for Celsius {
    fn from(x: f64) -> Self { Celsius(x) }
}
fn show<T: Into<Celsius>>(t: T) {
    let c: Celsius = t.into();
    println!("{}", c.0);
}
fn total<T: Into<f64> + Copy>(items: &[T]) -> f64 {
    let mut sum = 0.0;
    for &it in items {
        sum += it.into();
    }
    sum
}
fn main() {
    show(2.5);
    show("hot");
    println!("{}", total(&[1i64, 2]));
}
