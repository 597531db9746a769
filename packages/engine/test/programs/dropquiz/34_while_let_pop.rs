// Draining a stack: each popped value dies at the end of its iteration.
struct Plate(u32);

impl Drop for Plate {
    fn drop(&mut self) {
        println!("  wash plate {}", self.0);
    }
}

fn main() {
    let mut stack = vec![Plate(1), Plate(2), Plate(3)];
    stack.push(Plate(4));
    while let Some(plate) = stack.pop() {
        println!("took plate {}", plate.0);
        if plate.0 == 2 {
            println!("stop early");
            break;
        }
    }
    println!("{} plates left", stack.len());
}
