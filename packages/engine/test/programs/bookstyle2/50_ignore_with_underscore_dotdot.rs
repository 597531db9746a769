// Ignoring parts of a value with _, _name and ..
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn weigh(_unused_scale: f64, grams: u32) -> u32 {
    grams / 1000
}

fn main() {
    let mut setting_value = Some(5);
    let new_setting_value = Some(10);
    match (setting_value, new_setting_value) {
        (Some(_), Some(_)) => println!("Can't overwrite an existing customized value"),
        _ => setting_value = new_setting_value,
    }
    println!("setting is {:?}", setting_value);

    let numbers = (2, 4, 8, 16, 32);
    let (first, _, third, _, fifth) = numbers;
    println!("some numbers: {}, {}, {}", first, third, fifth);

    let origin = Point3 { x: 0, y: 7, z: -2 };
    let Point3 { y, .. } = origin;
    println!("y only: {} (x={}, z={} still there)", y, origin.x, origin.z);

    let (head, .., tail) = numbers;
    println!("head {} tail {}", head, tail);

    // `_` does not bind, so the String is not moved.
    let title = Some(String::from("Patterns"));
    if let Some(_) = title {
        println!("found a title");
    }
    println!("title still owned: {:?}", title);

    let _unused_but_named = 99;
    println!("{} kg", weigh(0.5, 4200));
}
