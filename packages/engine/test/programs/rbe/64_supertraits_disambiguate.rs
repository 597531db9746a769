// Supertraits, and fully qualified syntax for overlapping trait methods.
trait Person {
    fn name(&self) -> String;
}

trait Student: Person {
    fn university(&self) -> String;
}

trait Programmer {
    fn fav_language(&self) -> String;
}

trait CompSciStudent: Programmer + Student {
    fn git_username(&self) -> String;
}

fn comp_sci_student_greeting(student: &dyn CompSciStudent) -> String {
    format!(
        "My name is {} and I attend {}. My favorite language is {}. My Git username is {}",
        student.name(),
        student.university(),
        student.fav_language(),
        student.git_username()
    )
}

struct Grace;
impl Person for Grace {
    fn name(&self) -> String { "Grace".into() }
}
impl Student for Grace {
    fn university(&self) -> String { "Yale".into() }
}
impl Programmer for Grace {
    fn fav_language(&self) -> String { "COBOL".into() }
}
impl CompSciStudent for Grace {
    fn git_username(&self) -> String { "ghopper".into() }
}

trait UsernameWidget {
    fn get(&self) -> String;
}

trait AgeWidget {
    fn get(&self) -> u8;
}

struct Form {
    username: String,
    age: u8,
}

impl UsernameWidget for Form {
    fn get(&self) -> String {
        self.username.clone()
    }
}

impl AgeWidget for Form {
    fn get(&self) -> u8 {
        self.age
    }
}

fn main() {
    println!("{}", comp_sci_student_greeting(&Grace));

    let form = Form { username: "rustacean".to_owned(), age: 28 };
    let username = <Form as UsernameWidget>::get(&form);
    assert_eq!("rustacean".to_owned(), username);
    let age = <Form as AgeWidget>::get(&form);
    assert_eq!(28, age);
    println!("{} is {}", username, AgeWidget::get(&form));
}
