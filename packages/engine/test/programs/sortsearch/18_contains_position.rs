// Linear search helpers.
fn main() {
    let guests = vec!["ana", "ben", "carla", "dev"];
    println!("ben invited? {}", guests.contains(&"ben"));
    println!("eve invited? {}", guests.contains(&"eve"));

    let nums = [4, 8, 15, 16, 23, 42];
    let first_odd = nums.iter().position(|&n| n % 2 == 1);
    println!("first odd at {:?}", first_odd);
    let last_even = nums.iter().rposition(|&n| n % 2 == 0);
    println!("last even at {:?}", last_even);
    let big = nums.iter().find(|&&n| n > 20);
    println!("first > 20: {:?}", big);
    let missing = nums.iter().position(|&n| n == 99);
    println!("{:?}", missing);
}
