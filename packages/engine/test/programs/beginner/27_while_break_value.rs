fn main() {
    let numbers = [3, 9, 14, 21, 30];
    let mut i = 0;
    let first_even = while i < numbers.len() {
        if numbers[i] % 2 == 0 {
            break numbers[i];
        }
        i += 1;
    };
    println!("first even: {:?}", first_even);
}
