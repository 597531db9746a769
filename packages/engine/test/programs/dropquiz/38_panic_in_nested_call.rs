// Unwinding drops values in every frame it passes through.
struct Frame(&'static str);

impl Drop for Frame {
    fn drop(&mut self) {
        println!("unwind {}", self.0);
    }
}

fn level3(values: &[i32]) -> i32 {
    let _f = Frame("level3");
    values[values.len()]
}

fn level2(values: &[i32]) -> i32 {
    let _f = Frame("level2");
    let v = level3(values);
    println!("level2 got {}", v);
    v
}

fn main() {
    let _f = Frame("main");
    let data = vec![1, 2, 3];
    let moved = Frame("moved-away");
    drop(moved);
    println!("calling level2");
    let r = level2(&data);
    println!("r = {}", r);
}
