// A classic surprise: a lowercase name in a pattern is a new binding, not a comparison.
const ADMIN_ID: u32 = 0;

fn role(id: u32) -> &'static str {
    match id {
        ADMIN_ID => "admin",
        1..=99 => "staff",
        _ => "customer",
    }
}

fn is_expected(value: i32, expected: i32) -> bool {
    #[allow(unreachable_patterns)]
    match value {
        expected => {
            // `expected` here shadows the parameter and always matches
            println!("  matched binding {}", expected);
            true
        }
        _ => false,
    }
}

fn main() {
    for id in [0, 42, 1000] {
        println!("{} -> {}", id, role(id));
    }
    println!("is 3 expected 5? {}", is_expected(3, 5));
    let correct = |value: i32, expected: i32| match value {
        v if v == expected => true,
        _ => false,
    };
    println!("with a guard: {}", correct(3, 5));
}
