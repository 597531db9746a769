// Quiz: Box::into_raw takes the Box by value.
struct Buffer {
    size: usize,
}

fn main() {
    let b = Box::new(Buffer { size: 64 });
    let raw = Box::into_raw(b);
    println!("size = {}", b.size);
    unsafe {
        drop(Box::from_raw(raw));
    }
}
