#[derive(Debug)]
enum Status {
    Active,
    Suspended,
}

fn main() {
    let s = "hi";
    println!("[{:>10?}]", s);
    println!("[{:<8?}]", Some(3));
    println!("[{:^12?}]", Status::Active);
    println!("[{:>12?}]", Status::Suspended);
    println!("[{:08.2?}]", 3.14159);
    println!("[{:5?}]", 42);
    println!("[{:>6?}]", 'c');
    println!("[{:x?}]", vec![10, 255, 16]);
    println!("[{:X?}]", (171, 205));
    println!("[{:#x?}]", 255);
}
