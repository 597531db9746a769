// A boxed iterator must say what it yields.
fn numbers(descending: bool) -> Box<dyn Iterator> {
    if descending {
        Box::new((1..=5).rev())
    } else {
        Box::new(1..=5)
    }
}

fn main() {
    for n in numbers(true) {
        println!("{:?}", n);
    }
}
