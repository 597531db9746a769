// Rearranging a slice in place: swap, reverse and rotate.
fn main() {
    let mut letters = ['a', 'b', 'c', 'd', 'e', 'f'];

    letters.swap(0, 5);
    println!("swap ends: {:?}", letters);

    letters.reverse();
    println!("reversed: {:?}", letters);

    letters.rotate_left(2);
    println!("rotate_left(2): {:?}", letters);

    letters.rotate_right(2);
    println!("rotate_right(2): {:?}", letters);

    // Reverse just a part of the array through a subslice.
    letters[1..4].reverse();
    println!("middle reversed: {:?}", letters);

    // Rotating a Vec works the same way.
    let mut turn_order = vec!["red", "green", "blue", "yellow"];
    for round in 1..=3 {
        println!("round {}: {} starts", round, turn_order[0]);
        turn_order.rotate_left(1);
    }
}
