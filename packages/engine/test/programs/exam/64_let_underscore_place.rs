// Trick question: does `let _ = s;` move or drop `s`?
struct Beacon(&'static str);

impl Drop for Beacon {
    fn drop(&mut self) {
        println!("beacon {} off", self.0);
    }
}

fn main() {
    let s = Beacon("north");
    let _ = s;
    println!("after let _ = s, still have {}", s.0);
    let t = Beacon("south");
    let _u = t;
    println!("t moved into _u");
    match s {
        _ => println!("match with _ does not move either"),
    }
    println!("end {}", s.0);
}
