// A method that changes the struct must take `&mut self`.
struct Counter {
    label: String,
    value: u32,
}

impl Counter {
    fn increment(&self) {
        self.value += 1;
    }
}

fn main() {
    let mut clicks = Counter { label: String::from("clicks"), value: 0 };
    clicks.increment();
    println!("{} = {}", clicks.label, clicks.value);
}
