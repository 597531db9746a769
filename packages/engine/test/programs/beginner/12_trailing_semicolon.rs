/// Returns the area of a rectangle.
fn area(width: u32, height: u32) -> u32 {
    width * height;
}

fn main() {
    let w = 30;
    let h = 50;
    println!("The area of the rectangle is {} square pixels.", area(w, h));
}
