using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Stop3Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KeyPhrases",
                table: "KnowledgeTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "MergedInto",
                table: "KnowledgeTerms",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "KnowledgeTerms",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignalKinds",
                table: "KnowledgeTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyPhrases",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "MergedInto",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "SignalKinds",
                table: "KnowledgeTerms");
        }
    }
}
