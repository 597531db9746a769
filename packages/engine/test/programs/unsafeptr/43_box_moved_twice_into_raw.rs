// Exercise: one Box, one owner, one into_raw.
struct Frame {
    index: u32,
}

fn main() {
    let frame = Box::new(Frame { index: 7 });
    let first = Box::into_raw(frame);
    let second = Box::into_raw(frame);
    unsafe {
        println!("{} {}", (*first).index, (*second).index);
        drop(Box::from_raw(first));
    }
}
