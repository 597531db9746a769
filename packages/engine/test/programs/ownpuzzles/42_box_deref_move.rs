// Puzzle: moving out of a Box with `*` and with a field access.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Part,
    right: Part,
}

fn main() {
    let boxed = Box::new(String::from("boxed text"));
    // Unlike other smart pointers, a Box lets us move its contents out.
    let text = *boxed;
    println!("{}", text);

    let pair = Box::new(Pair {
        left: Part("L"),
        right: Part("R"),
    });
    let left = pair.left;
    println!("took {}", left.0);
    drop(left);

    println!("right is {}", pair.right.0);
    println!("end of main");
}
