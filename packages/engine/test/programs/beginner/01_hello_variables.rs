// Week 1: let bindings and printing
fn main() {
    let name = "Ferris";
    let age = 7;
    let height_cm = 31.5;
    let is_crab = true;

    println!("Name: {}", name);
    println!("Age: {} years", age);
    println!("Height: {} cm", height_cm);
    println!("Crab? {}", is_crab);
    println!("{name} is {age} years old");
}
