// traits4/5: `impl Trait` parameters, multiple bounds, and trait objects.
trait SomeTrait {
    fn some_function(&self) -> bool {
        true
    }
}

trait OtherTrait {
    fn other_function(&self) -> bool {
        true
    }
}

trait Licensed {
    fn licensing_info(&self) -> String;
}

struct SomeStruct;
struct OtherStruct;

impl SomeTrait for SomeStruct {}
impl OtherTrait for SomeStruct {}
impl SomeTrait for OtherStruct {}
impl OtherTrait for OtherStruct {}

impl Licensed for SomeStruct {
    fn licensing_info(&self) -> String {
        String::from("GPL")
    }
}
impl Licensed for OtherStruct {
    fn licensing_info(&self) -> String {
        String::from("Apache-2.0")
    }
}

fn compare_license_types(software1: impl Licensed, software2: impl Licensed) -> bool {
    software1.licensing_info() == software2.licensing_info()
}

fn some_func(item: impl SomeTrait + OtherTrait) -> bool {
    item.some_function() && item.other_function()
}

fn main() {
    println!("same license? {}", compare_license_types(SomeStruct, OtherStruct));
    println!("both traits: {} {}", some_func(SomeStruct), some_func(OtherStruct));

    let all: Vec<Box<dyn Licensed>> = vec![Box::new(SomeStruct), Box::new(OtherStruct)];
    for item in &all {
        println!("license: {}", item.licensing_info());
    }
}
