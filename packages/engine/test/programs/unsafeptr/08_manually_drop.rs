use std::mem::ManuallyDrop;

// ManuallyDrop turns off the automatic drop; we decide when it happens.
struct Connection {
    name: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn main() {
    let _auto = Connection { name: String::from("auto") };
    let mut manual = ManuallyDrop::new(Connection { name: String::from("manual") });
    println!("using {}", manual.name);
    manual.name.push_str("-edited");
    unsafe {
        ManuallyDrop::drop(&mut manual);
    }
    println!("manual closed by hand, auto closes at end of scope");
}
