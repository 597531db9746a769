use std::sync::mpsc;
use std::thread;

trait Shape: Send {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

struct Square(f64);
struct Rect(f64, f64);

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name(&self) -> &'static str { "square" }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.0 * self.1 }
    fn name(&self) -> &'static str { "rect" }
}

fn main() {
    let (tx, rx) = mpsc::channel::<Box<dyn Shape>>();

    let producer = thread::spawn(move || {
        tx.send(Box::new(Square(3.0))).unwrap();
        tx.send(Box::new(Rect(2.0, 5.5))).unwrap();
        tx.send(Box::new(Square(1.5))).unwrap();
    });

    let mut total = 0.0;
    for shape in rx {
        println!("{} with area {:.2}", shape.name(), shape.area());
        total += shape.area();
    }
    producer.join().unwrap();
    println!("total area {:.2}", total);
}
