// Slices are indexed by usize, not by i32.
fn main() {
    let letters = ['a', 'b', 'c', 'd', 'e'];
    let mut pos: i32 = 0;

    while pos < 5 {
        println!("letter {} is {}", pos, letters[pos]);
        pos += 2;
    }
}
