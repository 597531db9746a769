struct Arg(&'static str);

impl Drop for Arg {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn take_two(x: Arg, y: Arg) {
    let local = Arg("local");
    println!("in take_two: {} {} {}", x.0, y.0, local.0);
}

fn main() {
    take_two(Arg("x"), Arg("y"));
    println!("back in main");
}
