// Lab 10, exercise 2: in what order are things dropped?
// Locals: reverse declaration order. Struct fields and Vec elements: in order.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn main() {
    let _x = Noisy("local x");
    let _y = Noisy("local y");

    let v = vec![Noisy("vec[0]"), Noisy("vec[1]"), Noisy("vec[2]")];
    let p = Pair { first: Noisy("pair.first"), second: Noisy("pair.second") };

    println!("-- replace pair.first --");
    let mut p = p;
    p.first = Noisy("pair.first v2"); // old value dropped right here

    println!("-- pop from vec --");
    let mut v = v;
    let popped = v.pop();
    println!("popped {:?}", popped.as_ref().map(|n| n.0));

    println!("-- move second out of the pair --");
    let Pair { second, .. } = p; // first is dropped at end of main, second now lives in `second`
    println!("moved out {}", second.0);

    println!("-- Box drops its contents --");
    let boxed = Box::new(Noisy("boxed"));
    drop(boxed);

    println!("-- end of main --");
}
