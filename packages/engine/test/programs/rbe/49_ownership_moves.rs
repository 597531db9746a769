// Ownership and moves: Copy types are copied, Box and String are moved.
fn destroy_box(c: Box<i32>) {
    println!("Destroying a box that contains {}", c);
}

fn take_and_give_back(mut s: String) -> String {
    s.push_str(" (seen)");
    s
}

fn main() {
    let x = 5u32;
    let y = x;
    println!("x is {}, and y is {}", x, y);

    let a = Box::new(5i32);
    println!("a contains: {}", a);
    let b = a;
    destroy_box(b);

    let immutable_box = Box::new(5u32);
    println!("immutable_box contains {}", immutable_box);
    let mut mutable_box = immutable_box;
    println!("mutable_box contains {}", mutable_box);
    *mutable_box = 4;
    println!("mutable_box now contains {}", mutable_box);

    let note = String::from("memo");
    let note = take_and_give_back(note);
    println!("{}", note);

    let s1 = String::from("copy me");
    let s2 = s1.clone();
    println!("{} / {}", s1, s2);
}
