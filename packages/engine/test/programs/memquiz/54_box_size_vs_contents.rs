use std::mem;

fn main() {
    let on_stack = [0u8; 1024];
    let on_heap = Box::new([0u8; 1024]);
    println!("array on stack: {} bytes", mem::size_of_val(&on_stack));
    println!("the Box itself: {} bytes", mem::size_of_val(&on_heap));
    println!("what it points to: {} bytes", mem::size_of_val(&*on_heap));

    let name = String::from("Ferris");
    println!("String header: {} bytes, text: {} bytes", mem::size_of_val(&name), name.len());

    let slice: &[i32] = &[1, 2, 3, 4, 5];
    println!("slice ref: {} bytes, elements: {} bytes", mem::size_of_val(&slice), mem::size_of_val(slice));
}
