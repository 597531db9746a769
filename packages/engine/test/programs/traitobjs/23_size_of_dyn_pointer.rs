use std::mem::size_of;

trait Shape {
    fn area(&self) -> f64;
}

struct Square { side: f64 }

impl Shape for Square {
    fn area(&self) -> f64 { self.side * self.side }
}

fn main() {
    // A reference to a concrete type is a thin pointer;
    // a reference to a trait object is a fat pointer (data + vtable).
    println!("&Square         : {} bytes", size_of::<&Square>());
    println!("&dyn Shape      : {} bytes", size_of::<&dyn Shape>());
    println!("Box<Square>     : {} bytes", size_of::<Box<Square>>());
    println!("Box<dyn Shape>  : {} bytes", size_of::<Box<dyn Shape>>());
    println!("Square itself   : {} bytes", size_of::<Square>());

    let b: Box<dyn Shape> = Box::new(Square { side: 3.0 });
    println!("area = {}", b.area());
}
