// primitive_types1/2: booleans and characters.
fn main() {
    let is_morning = true;
    if is_morning {
        println!("Good morning!");
    }
    let is_evening = !is_morning;
    if is_evening {
        println!("Good evening!");
    }

    for my_char in ['a', 'Z', '7', '!', 'ß'] {
        if my_char.is_alphabetic() {
            println!("'{}' is alphabetical (uppercase: {})", my_char, my_char.is_uppercase());
        } else if my_char.is_numeric() {
            println!("'{}' is numerical, digit value {:?}", my_char, my_char.to_digit(10));
        } else {
            println!("'{}' is neither alphabetic nor numeric", my_char);
        }
    }
}
