use std::mem;

fn main() {
    let mut queue = vec![String::from("first"), String::from("second"), String::from("third")];
    // try to swap the first and last entries
    mem::swap(&mut queue[0], &mut queue[2]);
    println!("{:?}", queue);
}
