// A generic wrapper that can be built from its inner value with From/Into.
#[derive(Debug)]
struct Labeled<T> {
    label: String,
    value: T,
}

impl<T> From<T> for Labeled<T> {
    fn from(value: T) -> Self {
        Labeled { label: String::from("unnamed"), value }
    }
}

#[derive(Debug)]
struct Celsius(f64);

impl From<Celsius> for f64 {
    fn from(c: Celsius) -> f64 {
        c.0
    }
}

fn wrap_all<T>(items: Vec<T>) -> Vec<Labeled<T>> {
    items.into_iter().map(Labeled::from).collect()
}

fn main() {
    let a = Labeled::from(5);
    let b: Labeled<&str> = "hello".into();
    println!("{:?}", a);
    println!("{} = {}", b.label, b.value);

    let all = wrap_all(vec!['x', 'y']);
    println!("{:?}", all);

    let raw: f64 = Celsius(21.5).into();
    println!("raw = {}", raw);
}
